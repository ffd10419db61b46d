// A plain page on a site Garde-fou does not support (a physician's blog engine of its own): a
// textarea and a contenteditable, nothing else.
export const CUSTOM_PAGE_URL = "https://blog.example.org/admin/new-post";

export const CUSTOM_PAGE = `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Mon blogue — nouveau billet</title>
<style>
  body { font: 16px/1.5 Arial, sans-serif; margin: 24px; }
  #composer { width: 620px; }
  textarea, [contenteditable] { display: block; box-sizing: border-box; width: 100%; min-height: 120px; padding: 8px; border: 1px solid #bbb; font: 16px/1.5 Arial, sans-serif; margin: 8px 0 16px; white-space: pre-wrap; }
</style></head>
<body>
<main id="composer">
  <h1>Nouveau billet</h1>
  <label for="editor">Texte du billet</label>
  <textarea id="editor" rows="5" spellcheck="false"></textarea>
  <div id="summary-label">Résumé</div>
  <div id="summary" contenteditable="true" aria-labelledby="summary-label" spellcheck="false"></div>
  <button type="button" id="publish">Publier</button>
</main>
</body></html>`;
