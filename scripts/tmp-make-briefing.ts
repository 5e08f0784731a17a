import { openVraagbaak } from '../src-main/services/index.js';
import { createChromiumPrinter } from '../src-main/pdf/chromium-printer.js';
const v = await openVraagbaak({ archiveDir: '/tmp/arch1', printer: createChromiumPrinter(), shell: 'cli', version: 'x' });
const tags = v.archive.workspace.tags;
const b = await v.briefings.create({ title: 'Wat zegt het kabinet over Europa en mobiliteit', subtitle: 'Overzicht voor de directeur', author: 'A. Analist', locale: 'nl' });
for (const t of tags) await v.briefings.addTheme({ briefingId: b.id, tagId: t.id, groupBy: 'document' });
await v.briefings.addItems({ briefingId: b.id, items: [
  { type: 'heading', text: 'Analyse', level: 1 },
  { type: 'text', text: 'Het kabinet **erkent** de zorgen, maar:\n\n- geeft *geen* cijfers\n- verwijst naar de Commissie\n\nZie ook de <script>bijlage</script>.' },
  { type: 'qa', documentId: 'ah-tk-20242025-586', questionNumber: 4 },
]});
const upd = await v.briefings.update({ id: b.id, classification: 'Intern' });
console.log(upd.id);
await v.close();
