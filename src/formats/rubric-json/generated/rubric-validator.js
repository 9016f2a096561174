// GENERATED FILE: do not edit. Run `npm run gen:validators` to regenerate.
// Compiled from schema/rubric.schema.json by scripts/gen-validators.js with Ajv 8.20.0 (standalone code:
// no eval, no new Function). test/formats/rubric-json/gen-validators.test.ts checks it matches the schema.
/* eslint-disable */
"use strict";
export const validate = validate10;
export default validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:rubric-workbench:rubric:1","title":"Rubric Workbench rubric, format version 1","description":"A rubric exported by the Rubric Workbench Excel add-in: the criteria a process is scored on, their weights and levels, and the bands that turn the total score into points. Files are UTF-8 JSON of at most 1 MiB. Readers must reject keys named __proto__, constructor or prototype and duplicate keys. The checksum covers the whole document except the checksum itself; see docs/rubric-json.md.","type":"object","additionalProperties":false,"required":["format","formatVersion","id","title","version","status","settings","criteria","bands"],"properties":{"$schema":{"description":"Optional. When present, the $id of this schema, so editors can find it.","type":"string","const":"urn:rubric-workbench:rubric:1"},"format":{"description":"Identifies the file as a Rubric Workbench rubric. Always \"rubric-workbench/rubric\".","type":"string","const":"rubric-workbench/rubric"},"formatVersion":{"description":"The version of this format. Raised only for changes old readers cannot read; this schema describes version 1.","type":"integer","const":1},"id":{"description":"The rubric's id: a letter, then up to 23 letters, digits, hyphens or underscores. It names sheets and tables in the workbook.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_-]{0,23}$"},"title":{"description":"The rubric's title as people see it. Must not be blank.","type":"string","minLength":1,"maxLength":500},"description":{"description":"Optional. What the rubric evaluates and how to use it.","type":"string","maxLength":4000},"version":{"description":"The rubric's own version: a whole number from 1, raised each time a changed rubric is applied.","type":"integer","minimum":1},"status":{"description":"The rubric's life-cycle stage: draft (being tuned), stable (in use, may still change) or final (no further changes).","type":"string","enum":["draft","stable","final"]},"settings":{"$ref":"#/definitions/settings"},"criteria":{"description":"The criteria, in display order. Ids are unique ignoring case; at least one criterion has kind score, and the weights of the score criteria sum to more than 0.","type":"array","minItems":1,"maxItems":200,"items":{"$ref":"#/definitions/criterion"}},"bands":{"description":"The bands that turn the total score into points, in ascending order of from. A band covers scores from its from (inclusive) up to the next band's from (exclusive). May be empty.","type":"array","maxItems":50,"items":{"$ref":"#/definitions/band"}},"checksum":{"description":"Optional but always written on export: \"sha256:\" and the lowercase hex SHA-256 of the UTF-8 bytes of the RFC 8785 canonical JSON of this document without its checksum member. A reader rejects a file whose checksum does not match.","type":"string","pattern":"^sha256:[0-9a-f]{64}$"}},"definitions":{"settings":{"description":"How the total score is computed and shown.","type":"object","additionalProperties":false,"required":["scale","decimals"],"properties":{"scale":{"description":"The base score at full marks on every score criterion, for example 100.","type":"number","exclusiveMinimum":0},"decimals":{"description":"Decimal places the total score is rounded to: a whole number from 0 to 6.","type":"integer","minimum":0,"maximum":6}}},"criterion":{"description":"One thing the process is scored on.","type":"object","additionalProperties":false,"required":["id","label","weight","max"],"properties":{"id":{"description":"The criterion's id: a letter, then letters, digits or underscores. Unique within the rubric ignoring case.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","maxLength":64},"label":{"description":"The criterion's name as people see it. Must not be blank.","type":"string","minLength":1,"maxLength":500},"description":{"description":"Optional. Guidance for the person scoring.","type":"string","maxLength":4000},"kind":{"description":"How the criterion counts: score (a weighted share of the base score), bonus (points added), penalty (points subtracted) or gate (must be met). Optional on input, default score; always written on export.","type":"string","enum":["score","bonus","penalty","gate"],"default":"score"},"weight":{"description":"For score criteria, the share of the base score (weights are relative: they need not sum to 100). For bonus and penalty criteria, the points at full marks. At least 0.","type":"number","minimum":0},"max":{"description":"The highest raw value; raw values run from 0 to max. Greater than 0.","type":"number","exclusiveMinimum":0},"allowNA":{"description":"Whether the criterion may be marked not applicable, which leaves it out of the total. Optional on input, default false; always written on export.","type":"boolean","default":false},"levels":{"description":"Optional. Named raw values that guide scoring, for example 0 \"Not done\" to 10 \"Excellent\". Points are distinct and within 0..max.","type":"array","maxItems":20,"items":{"$ref":"#/definitions/level"}},"section":{"description":"Optional. The heading the criterion is grouped under.","type":"string","maxLength":200}}},"level":{"description":"A named raw value of a criterion.","type":"object","additionalProperties":false,"required":["label","points"],"properties":{"label":{"description":"The level's name, for example \"Done well\". Must not be blank.","type":"string","minLength":1,"maxLength":500},"points":{"description":"The raw value this level stands for: at least 0 and at most the criterion's max.","type":"number","minimum":0},"description":{"description":"Optional. What the level looks like in practice.","type":"string","maxLength":4000}}},"band":{"description":"A range of total scores and the points it earns.","type":"object","additionalProperties":false,"required":["from","points"],"properties":{"from":{"description":"The lowest total score in the band (inclusive). null, allowed for the first band only, means no lower limit. Strictly ascending from band to band.","type":["number","null"]},"points":{"description":"The points a total score in this band earns.","type":"number"},"label":{"description":"Optional. The band's name, for example \"Below 60\".","type":"string","maxLength":500}}}}};
const schema12 = {"description":"How the total score is computed and shown.","type":"object","additionalProperties":false,"required":["scale","decimals"],"properties":{"scale":{"description":"The base score at full marks on every score criterion, for example 100.","type":"number","exclusiveMinimum":0},"decimals":{"description":"Decimal places the total score is rounded to: a whole number from 0 to 6.","type":"integer","minimum":0,"maximum":6}}};
const schema15 = {"description":"A range of total scores and the points it earns.","type":"object","additionalProperties":false,"required":["from","points"],"properties":{"from":{"description":"The lowest total score in the band (inclusive). null, allowed for the first band only, means no lower limit. Strictly ascending from band to band.","type":["number","null"]},"points":{"description":"The points a total score in this band earns.","type":"number"},"label":{"description":"Optional. The band's name, for example \"Below 60\".","type":"string","maxLength":500}}};
const func2 = Object.prototype.hasOwnProperty;
const func3 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});
const pattern0 = new RegExp("^[A-Za-z][A-Za-z0-9_-]{0,23}$", "u");
const pattern2 = new RegExp("^sha256:[0-9a-f]{64}$", "u");
const schema13 = {"description":"One thing the process is scored on.","type":"object","additionalProperties":false,"required":["id","label","weight","max"],"properties":{"id":{"description":"The criterion's id: a letter, then letters, digits or underscores. Unique within the rubric ignoring case.","type":"string","pattern":"^[A-Za-z][A-Za-z0-9_]*$","maxLength":64},"label":{"description":"The criterion's name as people see it. Must not be blank.","type":"string","minLength":1,"maxLength":500},"description":{"description":"Optional. Guidance for the person scoring.","type":"string","maxLength":4000},"kind":{"description":"How the criterion counts: score (a weighted share of the base score), bonus (points added), penalty (points subtracted) or gate (must be met). Optional on input, default score; always written on export.","type":"string","enum":["score","bonus","penalty","gate"],"default":"score"},"weight":{"description":"For score criteria, the share of the base score (weights are relative: they need not sum to 100). For bonus and penalty criteria, the points at full marks. At least 0.","type":"number","minimum":0},"max":{"description":"The highest raw value; raw values run from 0 to max. Greater than 0.","type":"number","exclusiveMinimum":0},"allowNA":{"description":"Whether the criterion may be marked not applicable, which leaves it out of the total. Optional on input, default false; always written on export.","type":"boolean","default":false},"levels":{"description":"Optional. Named raw values that guide scoring, for example 0 \"Not done\" to 10 \"Excellent\". Points are distinct and within 0..max.","type":"array","maxItems":20,"items":{"$ref":"#/definitions/level"}},"section":{"description":"Optional. The heading the criterion is grouped under.","type":"string","maxLength":200}}};
const schema14 = {"description":"A named raw value of a criterion.","type":"object","additionalProperties":false,"required":["label","points"],"properties":{"label":{"description":"The level's name, for example \"Done well\". Must not be blank.","type":"string","minLength":1,"maxLength":500},"points":{"description":"The raw value this level stands for: at least 0 and at most the criterion's max.","type":"number","minimum":0},"description":{"description":"Optional. What the level looks like in practice.","type":"string","maxLength":4000}}};
const pattern1 = new RegExp("^[A-Za-z][A-Za-z0-9_]*$", "u");

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.weight === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "weight"},message:"must have required property '"+"weight"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.max === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema13.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern1.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_]*$"+"\""};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(typeof data1 === "string"){
if(func3(data1) > 500){
const err8 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func3(data1) < 1){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 === "string"){
if(func3(data2) > 4000){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((data3 === "score") || (data3 === "bonus")) || (data3 === "penalty")) || (data3 === "gate"))){
const err14 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema13.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.weight !== undefined){
let data4 = data.weight;
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 0 || isNaN(data4)){
const err15 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/weight",schemaPath:"#/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.max !== undefined){
let data5 = data.max;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 <= 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/max",schemaPath:"#/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.allowNA !== undefined){
if(typeof data.allowNA !== "boolean"){
const err19 = {instancePath:instancePath+"/allowNA",schemaPath:"#/properties/allowNA/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.levels !== undefined){
let data7 = data.levels;
if(Array.isArray(data7)){
if(data7.length > 20){
const err20 = {instancePath:instancePath+"/levels",schemaPath:"#/properties/levels/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.label === undefined){
const err21 = {instancePath:instancePath+"/levels/" + i0,schemaPath:"#/definitions/level/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data8.points === undefined){
const err22 = {instancePath:instancePath+"/levels/" + i0,schemaPath:"#/definitions/level/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data8){
if(!(((key1 === "label") || (key1 === "points")) || (key1 === "description"))){
const err23 = {instancePath:instancePath+"/levels/" + i0,schemaPath:"#/definitions/level/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data8.label !== undefined){
let data9 = data8.label;
if(typeof data9 === "string"){
if(func3(data9) > 500){
const err24 = {instancePath:instancePath+"/levels/" + i0+"/label",schemaPath:"#/definitions/level/properties/label/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func3(data9) < 1){
const err25 = {instancePath:instancePath+"/levels/" + i0+"/label",schemaPath:"#/definitions/level/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/levels/" + i0+"/label",schemaPath:"#/definitions/level/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.points !== undefined){
let data10 = data8.points;
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/levels/" + i0+"/points",schemaPath:"#/definitions/level/properties/points/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/levels/" + i0+"/points",schemaPath:"#/definitions/level/properties/points/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.description !== undefined){
let data11 = data8.description;
if(typeof data11 === "string"){
if(func3(data11) > 4000){
const err29 = {instancePath:instancePath+"/levels/" + i0+"/description",schemaPath:"#/definitions/level/properties/description/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/levels/" + i0+"/description",schemaPath:"#/definitions/level/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/levels/" + i0,schemaPath:"#/definitions/level/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/levels",schemaPath:"#/properties/levels/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.section !== undefined){
let data12 = data.section;
if(typeof data12 === "string"){
if(func3(data12) > 200){
const err33 = {instancePath:instancePath+"/section",schemaPath:"#/properties/section/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/section",schemaPath:"#/properties/section/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}


function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:rubric-workbench:rubric:1" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.formatVersion === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "formatVersion"},message:"must have required property '"+"formatVersion"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.version === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.status === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.settings === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settings"},message:"must have required property '"+"settings"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.criteria === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "criteria"},message:"must have required property '"+"criteria"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.bands === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bands"},message:"must have required property '"+"bands"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.$schema !== undefined){
let data0 = data.$schema;
if(typeof data0 !== "string"){
const err10 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if("urn:rubric-workbench:rubric:1" !== data0){
const err11 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/const",keyword:"const",params:{allowedValue: "urn:rubric-workbench:rubric:1"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.format !== undefined){
let data1 = data.format;
if(typeof data1 !== "string"){
const err12 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if("rubric-workbench/rubric" !== data1){
const err13 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "rubric-workbench/rubric"},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.formatVersion !== undefined){
let data2 = data.formatVersion;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err14 = {instancePath:instancePath+"/formatVersion",schemaPath:"#/properties/formatVersion/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(1 !== data2){
const err15 = {instancePath:instancePath+"/formatVersion",schemaPath:"#/properties/formatVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.id !== undefined){
let data3 = data.id;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err16 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9_-]{0,23}$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9_-]{0,23}$"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.title !== undefined){
let data4 = data.title;
if(typeof data4 === "string"){
if(func3(data4) > 500){
const err18 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func3(data4) < 1){
const err19 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.description !== undefined){
let data5 = data.description;
if(typeof data5 === "string"){
if(func3(data5) > 4000){
const err21 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.version !== undefined){
let data6 = data.version;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err23 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 1 || isNaN(data6)){
const err24 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data.status !== undefined){
let data7 = data.status;
if(typeof data7 !== "string"){
const err25 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!(((data7 === "draft") || (data7 === "stable")) || (data7 === "final"))){
const err26 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema11.properties.status.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.settings !== undefined){
let data8 = data.settings;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.scale === undefined){
const err27 = {instancePath:instancePath+"/settings",schemaPath:"#/definitions/settings/required",keyword:"required",params:{missingProperty: "scale"},message:"must have required property '"+"scale"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data8.decimals === undefined){
const err28 = {instancePath:instancePath+"/settings",schemaPath:"#/definitions/settings/required",keyword:"required",params:{missingProperty: "decimals"},message:"must have required property '"+"decimals"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "scale") || (key1 === "decimals"))){
const err29 = {instancePath:instancePath+"/settings",schemaPath:"#/definitions/settings/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.scale !== undefined){
let data9 = data8.scale;
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 <= 0 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/settings/scale",schemaPath:"#/definitions/settings/properties/scale/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/settings/scale",schemaPath:"#/definitions/settings/properties/scale/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.decimals !== undefined){
let data10 = data8.decimals;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err32 = {instancePath:instancePath+"/settings/decimals",schemaPath:"#/definitions/settings/properties/decimals/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 6 || isNaN(data10)){
const err33 = {instancePath:instancePath+"/settings/decimals",schemaPath:"#/definitions/settings/properties/decimals/maximum",keyword:"maximum",params:{comparison: "<=", limit: 6},message:"must be <= 6"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err34 = {instancePath:instancePath+"/settings/decimals",schemaPath:"#/definitions/settings/properties/decimals/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
}
else {
const err35 = {instancePath:instancePath+"/settings",schemaPath:"#/definitions/settings/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.criteria !== undefined){
let data11 = data.criteria;
if(Array.isArray(data11)){
if(data11.length > 200){
const err36 = {instancePath:instancePath+"/criteria",schemaPath:"#/properties/criteria/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data11.length < 1){
const err37 = {instancePath:instancePath+"/criteria",schemaPath:"#/properties/criteria/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
if(!(validate11(data11[i0], {instancePath:instancePath+"/criteria/" + i0,parentData:data11,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
errors = vErrors.length;
}
}
}
else {
const err38 = {instancePath:instancePath+"/criteria",schemaPath:"#/properties/criteria/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.bands !== undefined){
let data13 = data.bands;
if(Array.isArray(data13)){
if(data13.length > 50){
const err39 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
if(data14.from === undefined){
const err40 = {instancePath:instancePath+"/bands/" + i1,schemaPath:"#/definitions/band/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data14.points === undefined){
const err41 = {instancePath:instancePath+"/bands/" + i1,schemaPath:"#/definitions/band/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key2 in data14){
if(!(((key2 === "from") || (key2 === "points")) || (key2 === "label"))){
const err42 = {instancePath:instancePath+"/bands/" + i1,schemaPath:"#/definitions/band/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data14.from !== undefined){
let data15 = data14.from;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err43 = {instancePath:instancePath+"/bands/" + i1+"/from",schemaPath:"#/definitions/band/properties/from/type",keyword:"type",params:{type: schema15.properties.from.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data14.points !== undefined){
let data16 = data14.points;
if(!((typeof data16 == "number") && (isFinite(data16)))){
const err44 = {instancePath:instancePath+"/bands/" + i1+"/points",schemaPath:"#/definitions/band/properties/points/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data14.label !== undefined){
let data17 = data14.label;
if(typeof data17 === "string"){
if(func3(data17) > 500){
const err45 = {instancePath:instancePath+"/bands/" + i1+"/label",schemaPath:"#/definitions/band/properties/label/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/bands/" + i1+"/label",schemaPath:"#/definitions/band/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/bands/" + i1,schemaPath:"#/definitions/band/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/bands",schemaPath:"#/properties/bands/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.checksum !== undefined){
let data18 = data.checksum;
if(typeof data18 === "string"){
if(!pattern2.test(data18)){
const err49 = {instancePath:instancePath+"/checksum",schemaPath:"#/properties/checksum/pattern",keyword:"pattern",params:{pattern: "^sha256:[0-9a-f]{64}$"},message:"must match pattern \""+"^sha256:[0-9a-f]{64}$"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/checksum",schemaPath:"#/properties/checksum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}
