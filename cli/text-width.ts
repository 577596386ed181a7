/**
 * Text measured as a terminal shows it. The measuring lives in core/text/width.ts, because the
 * diagnosis report (core/diagnose) is laid out with it for the window's clipboard as well.
 */
export { cutMiddle, displayWidth, hanging, padTo, wrap } from '../core/text/width';
