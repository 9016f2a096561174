// Office's dark theme for the pane, in its own chunk: most panes open light, and the dark token set would weigh on
// every first download.
export { webDarkTheme } from "@fluentui/react-components";
