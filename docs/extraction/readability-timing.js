// Times Readability.js on the same pages as `claimboard extract`, for docs/benchmarks.md (not part of the build).
// Set up once, outside the repository:  mkdir /tmp/rjs && cd /tmp/rjs && npm install @mozilla/readability jsdom
// Run:  NODE_PATH=/tmp/rjs/node_modules time node docs/extraction/readability-timing.js ../shared/corpus/readability/*/source.html > /dev/null
const fs = require('fs');
const { JSDOM } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const out = {};
for (const file of process.argv.slice(2)) {
  const dom = new JSDOM(fs.readFileSync(file, 'utf8'), { url: 'https://example.org/' });
  const article = new Readability(dom.window.document).parse();
  out[file] = { articleBody: article ? article.textContent : '' };
  dom.window.close();
}
process.stdout.write(JSON.stringify(out));
