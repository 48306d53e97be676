// Types for the one function of write-file-atomic the report writer uses.
declare module 'write-file-atomic' {
  function writeFileAtomic(file: string, data: string | Buffer, options?: { encoding?: BufferEncoding }): Promise<void>;
  namespace writeFileAtomic {
    function sync(file: string, data: string | Buffer, options?: { encoding?: BufferEncoding }): void;
  }
  export default writeFileAtomic;
}
