// Blogger's post editor (https://www.blogger.com/blog/post/edit/<blogId>/<postId>), reduced to the
// structure its adapter reads: the compose view is a same-origin iframe#postingComposeBox whose
// body (also #postingComposeBox) is the contenteditable; the HTML view is textarea#postingHtmlBox.
// (?designMode=1: the iframe's document is editable through designMode.) A button switches views, as Blogger's does, copying the post between them.
export const BLOGGER_URL = "https://www.blogger.com/blog/post/edit/4242424242424242424/1717171717171717171";

const SCRIPT = `
const frame = document.getElementById("postingComposeBox");
const html = document.getElementById("postingHtmlBox");
const doc = frame.contentDocument;
const style = doc.createElement("style");
style.textContent = "body{font:16px/1.5 Arial,sans-serif;margin:12px;outline:none;white-space:pre-wrap}";
doc.head.append(style);
doc.body.id = "postingComposeBox";
// ?designMode=1: the document is editable through designMode instead of the attribute.
if (new URLSearchParams(location.search).has("designMode")) doc.designMode = "on";
else doc.body.setAttribute("contenteditable", "true");
doc.body.setAttribute("spellcheck", "false");
let mode = "compose";
document.getElementById("switch-view").addEventListener("click", () => {
  if (mode === "compose") {
    html.value = doc.body.innerHTML;
    frame.hidden = true;
    html.hidden = false;
    mode = "html";
  } else {
    // Blogger sanitises on its side; the fixture only ever switches back with text it typed.
    doc.body.textContent = html.value;
    html.hidden = true;
    frame.hidden = false;
    mode = "compose";
  }
});
document.documentElement.dataset.fixtureReady = "true";
`;

export const BLOGGER_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Blogger : Mon blogue – Modifier l'article</title>
<style>
  body { font: 14px Roboto, Arial, sans-serif; margin: 0; }
  #blogger-app form { width: 760px; margin: 16px auto; }
  .title-row { display: flex; gap: 8px; align-items: center; }
  .title-row input { flex: 1; font-size: 20px; padding: 6px; }
  iframe#postingComposeBox, textarea#postingHtmlBox { display: block; box-sizing: border-box; width: 100%; height: 260px; border: 1px solid #ccc; margin-top: 12px; }
  textarea#postingHtmlBox { font: 14px/1.5 monospace; padding: 8px; }
  [hidden] { display: none !important; }
</style></head>
<body>
<div id="blogger-app" role="main">
  <form>
    <div class="title-row">
      <input type="text" aria-label="Titre" placeholder="Titre">
      <div role="button" tabindex="0" aria-label="Publier">Publier</div>
    </div>
    <div class="toolbar"><div role="button" tabindex="0" id="switch-view" aria-label="Changer de vue">Vue HTML / Composition</div></div>
    <iframe id="postingComposeBox" frameborder="0"></iframe>
    <textarea id="postingHtmlBox" class="htmlBox" spellcheck="false" hidden></textarea>
  </form>
</div>
<script>${SCRIPT}</script>
</body></html>`;
