import { LIMITS } from '../../engine/limits';
import type { DroppedFile } from '../../ui/commands';

/**
 * Reads a dropped or chosen file as text, never as markup or code. A file larger than anything
 * the game accepts is not read at all: its true size goes on, and the app says why it is refused.
 */
export async function readDropped(file: File): Promise<DroppedFile> {
  const name = file.name.slice(0, LIMITS.fileName);
  if (file.size > LIMITS.scenarioBytes) return { name, bytes: file.size, text: null };
  return { name, bytes: file.size, text: await file.text() };
}
