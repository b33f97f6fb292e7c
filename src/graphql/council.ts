// The council a list or traversal question keeps to: the one the request names, or the home council.
import type { Context } from './context.js';
import { notFound } from './errors.js';

/**
 * The organisation id a field's answer keeps to. A named council must be an organisation of the graph
 * (NOT_FOUND otherwise, never an empty answer that passes for "nothing there"); none named is the home council.
 */
export async function councilOf(ctx: Context, council: string | null | undefined): Promise<string> {
  if (council == null) return ctx.homeCouncil;
  if (!(await ctx.loaders.card('Organisation').load(council))) throw notFound('council', council);
  return council;
}
