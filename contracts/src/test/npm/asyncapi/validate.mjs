// Validates an AsyncAPI document with the official parser (refs resolved relative to the file) and prints,
// as one JSON object on stdout, its diagnostics and every message's payload schema after $ref resolution.
// Exit code: 0 valid, 1 the parser reported errors, 2 a usage or I/O problem.
import { Parser, fromFile, DiagnosticSeverity } from '@asyncapi/parser';

const path = process.argv[2];
if (!path) {
  console.error('usage: node validate.mjs <asyncapi.yaml>');
  process.exit(2);
}
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, path).parse();
const errors = diagnostics.filter(d => d.severity === DiagnosticSeverity.Error);
const payloads = {};
if (document) {
  for (const message of document.allMessages()) {
    payloads[message.name()] = message.payload()?.json();
  }
}
const report = {
  valid: errors.length === 0 && document !== undefined,
  errors: errors.map(d => ({ code: d.code, message: d.message, path: (d.path || []).join('/') })),
  payloads,
};
process.stdout.write(JSON.stringify(report, (key, value) => key.startsWith('x-parser-') ? undefined : value));
process.exit(report.valid ? 0 : 1);
