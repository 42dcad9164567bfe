using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kechuang.IntegrationTests.Infrastructure;

public static class Json
{
    /// <summary>What the app speaks: camelCase, enums as strings.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}

/// <summary>The app's error body (RFC 9457 ProblemDetails, with field errors on validation).</summary>
public sealed record Problem(string? Title, string? Detail, int? Status, Dictionary<string, string[]>? Errors)
{
    public string[] ErrorsOf(string field) => Errors?.GetValueOrDefault(field) ?? [];
}

/// <summary>
/// A response with its body already read. Every assertion on it fails with the request, the status and the
/// body, so a red test says what the server answered.
/// </summary>
public sealed class Reply(string request, HttpStatusCode status, string? contentType, byte[] body, string serverErrors)
{
    public HttpStatusCode Status => status;

    public string? ContentType => contentType;

    public byte[] Bytes => body;

    public string Text => Encoding.UTF8.GetString(body);

    public Reply Is(HttpStatusCode expected)
    {
        if (status != expected)
        {
            Fail($"expected {(int)expected} {expected}");
        }

        return this;
    }

    public Reply IsOneOf(params HttpStatusCode[] expected)
    {
        if (!expected.Contains(status))
        {
            Fail($"expected one of {string.Join(", ", expected.Select(e => (int)e))}");
        }

        return this;
    }

    public T Json<T>()
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, Infrastructure.Json.Options) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            Fail($"body is not a {typeof(T).Name}: {e.Message}");
            throw; // not reached
        }
    }

    /// <summary>Asserts the status and that the body is a ProblemDetails, and returns it.</summary>
    public Problem Problem(HttpStatusCode expected)
    {
        Is(expected);
        if (contentType != "application/problem+json")
        {
            Fail($"expected application/problem+json, got {contentType}");
        }

        return Json<Problem>();
    }

    /// <summary>Asserts something about this reply; a failure shows the request, status and body.</summary>
    public Reply Check(bool condition, string expectation)
    {
        if (!condition)
        {
            Fail($"expected {expectation}");
        }

        return this;
    }

    /// <summary>Asserts the body mentions <paramref name="text"/> (for Chinese messages).</summary>
    public Reply Mentions(string text)
    {
        if (!Text.Contains(text, StringComparison.Ordinal))
        {
            Fail($"expected the body to mention “{text}”");
        }

        return this;
    }

    /// <summary>Fails the test with the request, status and body attached.</summary>
    public void Fail(string why) => Assert.Fail($"{why}\n{Describe()}");

    /// <summary>Use as the message of plain asserts about this reply.</summary>
    public string Describe()
    {
        var text = contentType is { } t && (t.Contains("json", StringComparison.Ordinal) || t.StartsWith("text/", StringComparison.Ordinal))
            ? Text
            : $"({body.Length} bytes of {contentType ?? "no content type"})";
        if (text.Length > 4000)
        {
            text = text[..4000] + " …";
        }

        var errors = serverErrors.Length > 0 ? $"\nserver log:\n{serverErrors}" : "";
        return $"{request} → {(int)status} {status}\n{text}{errors}";
    }

    public override string ToString() => Describe();
}
