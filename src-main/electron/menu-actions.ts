/**
 * Transitional re-export: the menu channel moved to src-main/core/api/menu-actions.ts, where the
 * renderer may import it. Delete once src-renderer imports it from core/api.
 */
export { MENU_ACTIONS, MENU_CHANNEL, isMenuAction, type MenuAction } from '../core/api/menu-actions.js';
