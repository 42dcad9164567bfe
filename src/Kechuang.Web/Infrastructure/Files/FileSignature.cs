namespace Kechuang.Web.Infrastructure.Files;

/// <summary>Whether a file's first bytes are what its extension claims, so a renamed executable is not accepted as a PDF.</summary>
public static class FileSignature
{
    /// <summary>True when the content starts like a file of <paramref name="extension"/> (".pdf", ".jpg", ".png", ".webp", ".docx",
    /// ".xlsx", ".pptx", ".zip"); extensions without a known signature are accepted.</summary>
    public static bool Matches(string extension, ReadOnlySpan<byte> content) => extension.ToLowerInvariant() switch
    {
        ".pdf" => content.StartsWith("%PDF"u8),
        ".jpg" or ".jpeg" => content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".png" => content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]),
        ".webp" => content.Length >= 12 && content.StartsWith("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8),
        ".docx" or ".xlsx" or ".pptx" or ".zip" => content.StartsWith("PK"u8),
        _ => true,
    };
}
