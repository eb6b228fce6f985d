import * as XLSX from 'xlsx';

/**
 * SheetJS's container library (zip and OLE2 compound files), which SheetJS exports untyped
 * (`CFB: any`): the part of its API this project uses, typed once, after the `cfb` package's own
 * declarations.
 */
export interface CfbEntry {
  name: string;
  /** Absent on a folder entry ("Root Entry", "xl/"). */
  content?: Uint8Array | number[];
  size: number;
}

export interface CfbContainer {
  /** Every entry's full path ("Root Entry/Workbook", "/xl/styles.xml" …), in FileIndex order. */
  FullPaths: string[];
  FileIndex: CfbEntry[];
}

export interface CfbApi {
  read(data: Uint8Array, options: { readonly type: 'buffer' }): CfbContainer;
  write(container: CfbContainer, options: { readonly type: 'buffer'; readonly fileType?: 'cfb' | 'zip'; readonly compression?: boolean }): Buffer;
  /** The entry at `path` ("/xl/styles.xml"), or null. */
  find(container: CfbContainer, path: string): CfbEntry | null;
  readonly utils: {
    cfb_new(): CfbContainer;
    cfb_add(container: CfbContainer, path: string, content: Uint8Array): CfbEntry;
  };
}

export const CFB = XLSX.CFB as CfbApi;
