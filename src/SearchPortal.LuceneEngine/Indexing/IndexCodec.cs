using System.Runtime.CompilerServices;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Codecs.Lucene46;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace SearchPortal.LuceneEngine.Indexing;

/// <summary>
/// Lucene 4.6's format with uncompressed stored fields. The stock format compresses 16 KB chunks with LZ4, so loading
/// one hit's title or passage decompresses its whole chunk (and a long speech is a chunk of its own): profiling the
/// query phase showed half of the time in LZ4 decompression and copying. Raw chunks let a load seek straight to the
/// bytes of the document it needs. The price is a larger index on disk; postings, norms and doc values are unchanged.
/// </summary>
[CodecName("SearchPortal46")]
public sealed class IndexCodec : FilterCodec
{
    private readonly StoredFieldsFormat _storedFields =
        new CompressingStoredFieldsFormat("SearchPortalStoredFields", "", new UncompressedMode(), 1 << 14);

    public IndexCodec() : base(new Lucene46Codec()) { }

    public override StoredFieldsFormat StoredFieldsFormat => _storedFields;

    /// <summary>
    /// Lucene resolves the codec name written in each segment through one process-wide factory, so every host (CLI,
    /// site, tests, benchmarks) must know this codec before it opens an index: registered when the assembly loads.
    /// </summary>
    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255",
        Justification = "Lucene reads the codec name from each segment through a process-wide factory; any host opening an index needs it registered first.")]
    internal static void Register() =>
        Codec.SetCodecFactory(new DefaultCodecFactory { CustomCodecTypes = [typeof(IndexCodec)] });

    /// <summary>"Compression" that copies: the chunk is stored as is, so a read can skip to the requested slice.</summary>
    private sealed class UncompressedMode : CompressionMode
    {
        public override Compressor NewCompressor() => new Copier();
        public override Decompressor NewDecompressor() => new Slicer();
        public override string ToString() => "UNCOMPRESSED";
    }

    private sealed class Copier : Compressor
    {
        public override void Compress(byte[] bytes, int off, int len, DataOutput output) => output.WriteBytes(bytes, off, len);
    }

    private sealed class Slicer : Decompressor
    {
        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            if (bytes.Bytes.Length < length) bytes.Bytes = new byte[ArrayUtil.Oversize(length, 1)];
            if (input is IndexInput file)
            {
                // Read only the requested slice, then leave the stream at the end of the chunk as a decompressor must.
                var start = file.Position;
                file.Seek(start + offset);
                file.ReadBytes(bytes.Bytes, 0, length);
                file.Seek(start + originalLength);
            }
            else
            {
                input.SkipBytes(offset);
                input.ReadBytes(bytes.Bytes, 0, length);
                input.SkipBytes(originalLength - offset - length);
            }
            bytes.Offset = 0;
            bytes.Length = length;
        }

        public override object Clone() => new Slicer();
    }
}
