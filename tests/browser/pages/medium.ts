// Medium's story editor (https://medium.com/new-story), reduced to the structure its adapter reads:
// one contenteditable root, div.postArticle-content.js-postField (title and body together), with
// section > .section-content > .section-inner holding one "graf" element a paragraph (an h3 title,
// then p.graf--p). The publish button sits in the metabar, outside the editor.
export const MEDIUM_URL = "https://medium.com/new-story";

export const MEDIUM_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>New story – Medium</title>
<style>
  body { font: 20px/1.58 Georgia, serif; margin: 0; color: #242424; }
  .metabar { display: flex; justify-content: space-between; padding: 12px 24px; border-bottom: 1px solid #eee; font: 14px system-ui, sans-serif; }
  .js-publishButton { background: #1a8917; color: #fff; border: 0; border-radius: 99em; padding: 4px 12px; }
  .postArticle { width: 700px; margin: 32px auto; }
  .postArticle-content { outline: none; min-height: 200px; }
  .graf { margin: 0 0 16px; white-space: pre-wrap; }
  .graf--title { font-size: 34px; line-height: 1.2; }
</style></head>
<body>
<div class="metabar js-metabar" role="banner">
  <span class="metabar-text">Draft in Dr Tremblay</span>
  <button class="button button--primary button--filled button--smaller js-publishButton" data-action="show-prepublish">Publish</button>
</div>
<main role="main">
  <article class="postArticle postArticle--full">
    <div class="postArticle-content js-postField js-notesSource editable" contenteditable="true" g_editable="true" spellcheck="false" data-default-value="Title&#10;Tell your story…">
      <section name="b7d1" class="section section--body section--first section--last">
        <div class="section-content"><div class="section-inner sectionLayout--insetColumn">
          <h3 name="2f3a" class="graf graf--h3 graf--leading graf--title"><br></h3>
          <p name="8c41" class="graf graf--p graf--trailing"><br></p>
        </div></div>
      </section>
    </div>
  </article>
</main>
</body></html>`;
