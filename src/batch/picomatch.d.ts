// The little of picomatch 4 that memo uses (the package ships no types).
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean
  }
  interface ScanResult {
    base: string
    glob: string
    isGlob: boolean
  }
  function picomatch(glob: string | string[], options?: PicomatchOptions): (path: string) => boolean
  namespace picomatch {
    function scan(glob: string): ScanResult
  }
  export default picomatch
}
