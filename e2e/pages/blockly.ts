/** The parts of Blockly's workspace API the block tests call, reached through the workspace element's `blocklyWorkspace`. */
export interface TestBlock {
  type: string;
  initSvg(): void;
  render(): void;
  setFieldValue(value: string, name: string): void;
  getInput(name: string): { connection: { connect(other: unknown): boolean } } | null;
  getDescendants(ordered: boolean): TestBlock[];
  moveBy(dx: number, dy: number): void;
  outputConnection: unknown;
  previousConnection: unknown;
  nextConnection: { connect(other: unknown): boolean };
}

export interface TestWorkspace {
  getTopBlocks(ordered: boolean): TestBlock[];
  newBlock(type: string): TestBlock;
  getVariableMap(): { createVariable(name: string): { getId(): string } };
}
