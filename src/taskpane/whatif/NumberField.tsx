// A number the manager tries: typed freely, tried as soon as it reads as a number, the typed text kept while it
// does not (so "1." or "" can be typed through), and shown afresh when the tried value changes elsewhere (a slider).
import { Input, InputOnChangeData } from "@fluentui/react-components";
import { ChangeEvent, useEffect, useState } from "react";

interface Props {
  value: number;
  onValue: (value: number) => void;
  label: string;
  className?: string;
}

export function NumberField({ value, onValue, label, className }: Props) {
  const [text, setText] = useState(String(value));
  useEffect(() => {
    setText((typed) => (Number(typed) === value && typed.trim() !== "" ? typed : String(value)));
  }, [value]);
  const change = (_: ChangeEvent<HTMLInputElement>, data: InputOnChangeData) => {
    setText(data.value);
    const n = data.value.trim() === "" ? NaN : Number(data.value);
    if (Number.isFinite(n)) onValue(n);
  };
  return (
    <Input
      size="small"
      type="text"
      inputMode="decimal"
      aria-label={label}
      value={text}
      onChange={change}
      className={className}
    />
  );
}
