import { render } from "preact";
import "../shared/ui/theme.css";
import "./options.css";
import { App } from "./App.js";

const root = document.getElementById("app");
if (root) render(<App />, root);
