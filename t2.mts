import {openEmbeddedStore} from './src/graph/embedded.ts';
import {findCards} from './src/graph/cards.ts';
const s=openEmbeddedStore(null);
const q=(t:string,p={})=>s.write(tx=>tx.run({name:'x',text:t},p));
await q(`CREATE (o:Organisation {id:'org-a', name:'A'}), (r:Role {id:'role-a', name:'R', singleHolder:true}), (r)-[:OF]->(o),
 (p:Person {id:'person-a', name:'P'}), (p)-[:HELD {from:'2020', source:'doc-x', key:''}]->(r),
 (i:Inspection {id:'insp-a', year:2016, kind:'FULL_INSPECTION'}), (i)-[:OF]->(o),
 (t:Theme {id:'theme-r', name:'Root'}), (l:Theme {id:'theme-l', name:'Leaf'}), (l)-[:PART_OF]->(t),
 (x:Recommendation {id:'rec-a', year:2016, text:'x'}), (y:Recommendation {id:'rec-b', year:2023, text:'y'}), (i)-[:MADE]->(x),
 (x)-[:CONCERNS]->(l), (y)-[:CONCERNS]->(l), (x)-[:RECURS_AS {status:'ACCEPTED', basis:'CURATED'}]->(y),
 (f:Finding {id:'find-a', text:'f'}), (f)-[:CONCERNS]->(l), (f)-[:SUPPORTS]->(x), (i)-[:FOUND]->(f),
 (a:Action {id:'act-a', text:'a'}), (a)-[:RESPONDS_TO]->(x), (a)-[:OWNED_BY]->(r), (a)-[:PROPOSED_IN]->(i), (a)-[:RESPONDS_TO]->(l)`);
for (const L of ['Organisation','Role','Person','Inspection','Finding','Recommendation','Action','Theme'] as const) {
  const ids = {Organisation:['org-a'],Role:['role-a'],Person:['person-a'],Inspection:['insp-a'],Finding:['find-a'],Recommendation:['rec-a','rec-zz'],Action:['act-a'],Theme:['theme-r','theme-l']}[L];
  try { console.log(L, JSON.stringify(await findCards(s, L, ids))); } catch(e) { console.log(L, 'ERR', (e as Error).message.slice(0,300)); }
}
