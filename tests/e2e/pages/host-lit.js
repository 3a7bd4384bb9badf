// The host page's own app, built with its own copy of lit-html (served from node_modules).
import { html, render } from '/node_modules/lit-html/lit-html.js';

render(html`<p id="host-rendered">Rendered by the host's Lit</p>`, document.getElementById('host-app'));
