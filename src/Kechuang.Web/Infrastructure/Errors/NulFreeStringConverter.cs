using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kechuang.Web.Infrastructure.Errors;

/// <summary>
/// Refuses the NUL character (\u0000) in request text. PostgreSQL cannot store it in a text column (the save
/// fails with a 500) while SQLite stores it silently; refusing it while reading the body makes it a 400 on both.
/// </summary>
public sealed class NulFreeStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && text.Contains('\0', StringComparison.Ordinal) ? throw new JsonException("NUL character in text") : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
