import fs from 'fs'; import zlib from 'zlib'; import * as acorn from 'acorn';
const br = s => zlib.brotliCompressSync(Buffer.from(s),{params:{[zlib.constants.BROTLI_PARAM_QUALITY]:11}}).length;
const src = fs.readFileSync(process.argv[2],'utf8');
const ast = acorn.parse(src, {ecmaVersion: 'latest', sourceType: 'script'});
let body;
acorn.full ? 0 : 0;
(function find(n){ if (!n || typeof n !== 'object') return; if ((n.type==='FunctionExpression'||n.type==='ArrowFunctionExpression') && !body) { body = n.body.body; return; } for (const k in n) { const v = n[k]; if (Array.isArray(v)) v.forEach(find); else if (v && typeof v.type === 'string') find(v); } })(ast);
const total = br(src); const rows = [];
for (const node of body) {
  const decls = node.type === 'VariableDeclaration' ? node.declarations : [node];
  for (const d of decls) rows.push([total - br(src.slice(0, d.start) + src.slice(d.end)), d.end - d.start, src.slice(d.start, d.start + 100).replace(/\n/g,' ')]);
}
rows.sort((a,b)=>b[0]-a[0]); console.log('total', total);
for (const r of rows.slice(0, +process.argv[3] || 40)) console.log(String(r[0]).padStart(5), String(r[1]).padStart(6), r[2]);
