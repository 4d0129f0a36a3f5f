import { launchChromium } from "./harness.mjs";
const b = await launchChromium();
const page = await b.newPage({ viewport: { width: 320, height: 640 } });
await page.goto("file:///tmp/a11y-site/" + process.argv[2]);
console.log(await page.evaluate(s => { const out=[]; for (let e=document.querySelector(s); e; e=e.parentElement) { const r=e.getBoundingClientRect(); out.push(e.tagName+"."+e.className+" "+Math.round(r.left)+".."+Math.round(r.right)+" "+getComputedStyle(e).display+" ow:"+getComputedStyle(e).overflowX); } return out; }, process.argv[3]));
await b.close();
