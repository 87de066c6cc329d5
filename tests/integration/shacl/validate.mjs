#!/usr/bin/env node
// SPDX-License-Identifier: ISC
//
// validate.mjs: check an RDF file against SHACL shapes (liaison's tests).
//
//   node validate.mjs SHAPES DATA
//
// Both files are read with @zazuko/env-node, which picks the parser from the
// file extension: .ttl .n3 .nt .nq .trig .rdf .jsonld/.json. The named graphs
// of an N-Quads or TriG file are validated as one merged graph (the validator
// matches triples in any graph), which is what liaison's per-document graphs
// need: each shape looks at one document's nodes anyway.
//
// Exit status (the tests rely on it):
//   0  the data conforms to the shapes ("conforms: true" on stdout)
//   1  it does not: every validation result is listed on stdout, one block each
//      with focusNode, path, component (sh:sourceConstraintComponent), severity,
//      value and message
//   2  usage error, a missing or unreadable file, an unknown extension or a
//      parse error (message on stderr)
//
// Debian 12 has no SHACL validator package (no pyshacl), hence Node; the
// versions are pinned in package.json and package-lock.json (install with
// `npm ci` in this folder; node_modules/ is not committed).

import { access, constants } from 'node:fs/promises';
import process from 'node:process';
import rdf from '@zazuko/env-node';
import SHACLValidator from 'rdf-validate-shacl';

const USAGE = 'usage: node validate.mjs SHAPES DATA\n' +
  '  exit 0: conforms, 1: violations listed on stdout, 2: usage or parse error\n';

// Short N-Triples-like rendering of an RDF/JS term (or a SHACL path, which
// for a complex path is a blank node: shown as such, enough to find the shape).
function show(term) {
  if (term === null || term === undefined) return '(none)';
  if (Array.isArray(term)) return term.map(show).join(' / ');
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`;
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': {
      const lex = JSON.stringify(term.value);
      if (term.language) return `${lex}@${term.language}`;
      const dt = term.datatype && term.datatype.value;
      if (!dt || dt === 'http://www.w3.org/2001/XMLSchema#string') return lex;
      return `${lex}^^<${dt}>`;
    }
    default: return String(term.value);
  }
}

// Resolve with the dataset, or reject with a message naming the file.
async function load(path) {
  try {
    await access(path, constants.R_OK);
  } catch (err) {
    throw new Error(`${path}: cannot read: ${err.code || err.message}`);
  }
  try {
    // fromFile throws synchronously for an unknown extension; the parser
    // stream's 'error' (syntax error, unreadable file) rejects import().
    return await rdf.dataset().import(rdf.fromFile(path));
  } catch (err) {
    throw new Error(`${path}: ${err.message}`);
  }
}

async function main(argv) {
  if (argv.length === 1 && (argv[0] === '-h' || argv[0] === '--help')) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (argv.length !== 2) {
    process.stderr.write(USAGE);
    return 2;
  }
  const [shapesPath, dataPath] = argv;
  let shapes, data;
  try {
    shapes = await load(shapesPath);
    data = await load(dataPath);
  } catch (err) {
    process.stderr.write(`validate.mjs: error: ${err.message}\n`);
    return 2;
  }
  if (shapes.size === 0) {
    // An empty shapes graph conforms to everything: surely a mistake.
    process.stderr.write(`validate.mjs: error: ${shapesPath}: no triples\n`);
    return 2;
  }

  const validator = new SHACLValidator(shapes, { factory: rdf });
  const report = await validator.validate(data);
  process.stdout.write(`conforms: ${report.conforms}\n`);
  if (report.conforms) return 0;

  for (const r of report.results) {
    const lines = [
      `focusNode: ${show(r.focusNode)}`,
      `  path: ${show(r.path)}`,
      `  component: ${show(r.sourceConstraintComponent)}`,
      `  severity: ${show(r.severity)}`,
      `  value: ${show(r.value)}`,
      `  message: ${(r.message || []).map((m) => m.value).join(' | ') || '(none)'}`,
    ];
    process.stdout.write(lines.join('\n') + '\n');
  }
  process.stdout.write(`violations: ${report.results.length}\n`);
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // A failure inside the validator itself (not a violation): status 2.
    process.stderr.write(`validate.mjs: error: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 2;
  },
);
