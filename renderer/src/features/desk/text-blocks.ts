// The reader's blocks are cut the same way by the core, which serves a long article's text block by block.
export { blockAt, blockCount, blockRange, cutIntoBlocks, firstEndingAfter, type TextBlocks } from '../../../../shared/text/text-blocks';
