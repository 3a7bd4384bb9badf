import fs from 'fs'; import zlib from 'zlib'; import * as acorn from 'acorn';
const br = s => zlib.brotliCompressSync(Buffer.from(s),{params:{[zlib.constants.BROTLI_PARAM_QUALITY]:11}}).length;
const file = process.argv[2];
const src = fs.readFileSync(file,'utf8');
const ast = acorn.parse(src, {ecmaVersion: 'latest', sourceType: 'module'});
const total = br(src);
const rows = [];
for (const node of ast.body) {
  const without = src.slice(0, node.start) + src.slice(node.end);
  const decls = node.type === 'VariableDeclaration' ? node.declarations : [node];
  if (node.type === 'VariableDeclaration' && decls.length > 1) {
    for (const d of decls) {
      const w = src.slice(0, d.start) + src.slice(d.end);
      rows.push([total - br(w), d.end - d.start, src.slice(d.start, d.start + 90).replace(/\n/g,' ')]);
    }
  } else rows.push([total - br(without), node.end - node.start, src.slice(node.start, node.start + 90).replace(/\n/g,' ')]);
}
rows.sort((a,b)=>b[0]-a[0]);
console.log('total', total);
for (const r of rows.slice(0, +process.argv[3] || 40)) console.log(String(r[0]).padStart(5), String(r[1]).padStart(6), r[2]);
