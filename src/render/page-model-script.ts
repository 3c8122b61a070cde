import type { DeckModel } from '../outline/model.ts';
import { PAGE_MODEL_ID, pageModel } from '../outline/page-model.ts';

/**
 * The page model as a JSON data block. `<` is written \u003c, so no text in it (a hostile title
 * with </script> or <!--) can end the block or start markup; JSON.parse reads it back unchanged.
 */
export function pageModelScript(model: DeckModel): string {
  const json = JSON.stringify(pageModel(model)).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PAGE_MODEL_ID}">${json}</script>`;
}
