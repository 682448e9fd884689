using System.Buffers.Binary;
using System.IO.Compression;
using EdgeLearnSim.Core;

namespace EdgeLearnSim.Testbed.Data;

/// <summary>
/// The IDX format of MNIST and Fashion-MNIST: two zero bytes, a type byte (0x08 = unsigned byte, the only one these
/// data sets use), the number of dimensions, each dimension as a big-endian 32-bit integer, then the values.
/// Files compressed with gzip (detected by their magic bytes, not their name) are decompressed while reading.
/// </summary>
public static class IdxFile
{
    private const byte UnsignedByte = 0x08;

    /// <exception cref="InvalidInputException">A missing file, a bad header, or fewer values than the header declares.</exception>
    public static IdxArray Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException(path, "file not found");
        }
        using var file = File.OpenRead(path);
        using var stream = IsGzip(file) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        Span<byte> magic = stackalloc byte[4];
        if (!ReadFully(stream, magic) || magic[0] != 0 || magic[1] != 0)
        {
            throw new InvalidInputException(path, "not an IDX file (it must start with two zero bytes)");
        }
        if (magic[2] != UnsignedByte)
        {
            throw new InvalidInputException(path, $"IDX type 0x{magic[2]:x2} is not supported; only unsigned bytes (0x08) are");
        }
        var dimensions = new int[magic[3]];
        Span<byte> size = stackalloc byte[4];
        long count = 1;
        for (var d = 0; d < dimensions.Length; d++)
        {
            if (!ReadFully(stream, size) || (dimensions[d] = BinaryPrimitives.ReadInt32BigEndian(size)) <= 0)
            {
                throw new InvalidInputException(path, $"IDX header: dimension {d + 1} is missing or not positive");
            }
            count *= dimensions[d];
        }
        if (dimensions.Length == 0 || count > Array.MaxLength)
        {
            throw new InvalidInputException(path, $"IDX header declares {dimensions.Length} dimensions and {count} values; expected 1 or more dimensions and at most {Array.MaxLength} values");
        }
        var values = new byte[count];
        if (!ReadFully(stream, values))
        {
            throw new InvalidInputException(path, $"truncated: the header declares {count} values");
        }
        return new IdxArray(dimensions, values);
    }

    /// <summary>Writes <paramref name="array"/> as an uncompressed IDX file, or gzip-compressed when <paramref name="compress"/> is set.</summary>
    public static void Write(string path, IdxArray array, bool compress)
    {
        ArgumentNullException.ThrowIfNull(array);
        using var file = File.Create(path);
        using var stream = compress ? new GZipStream(file, CompressionLevel.SmallestSize) : (Stream)file;
        stream.Write([0, 0, UnsignedByte, (byte)array.Dimensions.Count]);
        Span<byte> size = stackalloc byte[4];
        foreach (var dimension in array.Dimensions)
        {
            BinaryPrimitives.WriteInt32BigEndian(size, dimension);
            stream.Write(size);
        }
        stream.Write(array.Values);
    }

    private static bool IsGzip(FileStream file)
    {
        Span<byte> head = stackalloc byte[2];
        var gzip = file.Read(head) == 2 && head[0] == 0x1f && head[1] == 0x8b;
        file.Position = 0;
        return gzip;
    }

    private static bool ReadFully(Stream stream, Span<byte> buffer)
    {
        try
        {
            stream.ReadExactly(buffer);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
