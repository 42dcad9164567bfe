namespace Kechuang.Web.Infrastructure.Errors;

/// <summary>A business rule forbids the action (HTTP 422). The message is shown to the user as is.</summary>
public class DomainRuleException(string message) : Exception(message);

/// <summary>The action conflicts with the current state of the data, e.g. someone else saved first (HTTP 409).</summary>
public sealed class ConflictException(string message) : DomainRuleException(message);

/// <summary>One or more fields are invalid (HTTP 400 with field messages).</summary>
public sealed class FieldValidationException(IDictionary<string, string[]> errors)
    : Exception(string.Join("；", errors.SelectMany(e => e.Value)))
{
    public IDictionary<string, string[]> Errors { get; } = errors;

    public FieldValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] }) { }
}

/// <summary>The user may not act on this record, and should be told why (HTTP 403 with the message).</summary>
public sealed class ForbiddenException(string message) : UnauthorizedAccessException(message);
