// Block mode: Blockly for beginner problems and the first projects. Blockly itself loads only when the block editor mounts.
export { BlocksEditor, BlockModeSwitch, useBlockMode, type BlockMode, type BlockModeCode, type EditorMode } from './BlockMode';
export { draftBlockStore, type BlockProgramStore } from './program-store';
