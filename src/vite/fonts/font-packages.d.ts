// subset-font and fontverter ship no types; this covers the parts the font pipeline uses.
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'truetype' | 'woff' | 'woff2';
    keepFeatures?: string[];
    preserveNameIds?: number[];
    noLayoutClosure?: boolean;
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  const fontverter: {
    convert(font: Uint8Array, format: 'truetype' | 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
    detectFormat(font: Uint8Array): string;
  };
  export default fontverter;
}
