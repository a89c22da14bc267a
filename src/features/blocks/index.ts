// Block mode: Blockly for beginner problems. Blockly itself loads only when the block editor mounts.
export { BlocksEditor, BlockModeSwitch, useBlockMode, type BlockMode, type BlockModeCode, type EditorMode } from './BlockMode';
