using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Kechuang.Web.Infrastructure.Errors;

/// <summary>
/// The one place where exceptions become HTTP answers: every error is a ProblemDetails with a Chinese
/// message, and nothing internal (type names, stack traces) reaches the client.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        ProblemDetails problem = exception switch
        {
            FieldValidationException v => new HttpValidationProblemDetails(v.Errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "提交的数据有误",
                Detail = v.Message,
            },
            ConflictException c => Problem(StatusCodes.Status409Conflict, "数据冲突", c.Message),
            DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "数据冲突", ConcurrencyMessage),
            DomainRuleException d => Problem(StatusCodes.Status422UnprocessableEntity, "业务规则不允许此操作", d.Message),
            BadHttpRequestException b => Problem(b.StatusCode, "请求格式不正确", BadRequestMessage(b)),
            ForbiddenException f => Problem(StatusCodes.Status403Forbidden, "无权访问", f.Message),
            UnauthorizedAccessException => Problem(StatusCodes.Status403Forbidden, "无权访问", "您没有执行此操作的权限"),
            OperationCanceledException => Problem(499, "请求已取消", "请求已取消"),
            // PostgreSQL refuses text it cannot store (a NUL character in a query string): the input is wrong, not the server.
            _ when (exception as DbException ?? exception.InnerException as DbException)?.SqlState is "22021" or "22P05" =>
                Problem(StatusCodes.Status400BadRequest, "请求格式不正确", "提交的内容含有无法保存的字符（如空字符）"),
            // A unique index refused a second copy (two people confirming the same thing at once): a conflict, not a crash.
            _ when IsUniqueViolation(exception) => Problem(StatusCodes.Status409Conflict, "数据冲突", UniqueMessage),
            // A CHECK constraint (a balance that would go negative) refused a write that raced past the application's check.
            _ when IsCheckViolation(exception) => Problem(StatusCodes.Status409Conflict, "数据冲突", CheckMessage),
            _ => Problem(StatusCodes.Status500InternalServerError, "服务器内部错误", "服务器处理请求时出错，请稍后重试或联系管理员"),
        };
        if (problem.Status >= 500)
        {
            log.LogError(exception, "Unhandled exception for {Path}", http.Request.Path);
        }

        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    public const string CheckMessage = "余额或额度不足（可能同时有其他操作刚刚使用了它），本次未保存，请刷新后查看";

    /// <summary>PostgreSQL 23514, SQLite CHECK constraint.</summary>
    public static bool IsCheckViolation(Exception e) => (e as DbUpdateException ?? e.InnerException as DbUpdateException)?.InnerException switch
    {
        DbException { SqlState: "23514" } => true,
        Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 275 } => true,
        _ => false,
    };

    public const string UniqueMessage = "相同的记录已经存在（可能他人刚刚提交了同样的操作），本次未保存，请刷新后查看";

    /// <summary>PostgreSQL 23505, SQLite UNIQUE / PRIMARY KEY constraint — also when PostgreSQL's retrying execution
    /// strategy wraps the save's exception (a deadlock between two inserts of the same key is retried, and the retry
    /// then meets the other's row).</summary>
    public static bool IsUniqueViolation(Exception e) => (e as DbUpdateException ?? e.InnerException as DbUpdateException)?.InnerException switch
    {
        DbException { SqlState: "23505" } => true,
        Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 or 1555 } => true,
        _ => false,
    };

    /// <summary>
    /// Problems the framework writes by itself (bearer 401/403, unknown route, wrong content type) come with an
    /// English reason phrase and no detail: give them the Chinese wording the rest of the API uses.
    /// </summary>
    public static void InChinese(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        (string Title, string Detail)? text = problem.Detail is not null ? null : problem.Status switch
        {
            StatusCodes.Status401Unauthorized => ("未登录", "请先登录或提供有效的访问令牌"),
            StatusCodes.Status403Forbidden => ("无权访问", "您没有执行此操作的权限"),
            StatusCodes.Status404NotFound => ("未找到", "请求的地址不存在"),
            StatusCodes.Status405MethodNotAllowed => ("请求方法不允许", "该地址不支持此请求方法"),
            StatusCodes.Status415UnsupportedMediaType => ("请求格式不正确", "不支持的内容类型：上传文件请用 multipart/form-data，其他请求请用 application/json"),
            _ => null,
        };
        if (text is { } t)
        {
            problem.Title = t.Title;
            problem.Detail = t.Detail;
        }
    }

    public const string ConcurrencyMessage = "该记录已被他人修改，您的更改未保存。请刷新后重新编辑。";

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string BadRequestMessage(BadHttpRequestException b) =>
        b.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? "上传的内容超过大小限制"
            : b.InnerException is System.Text.Json.JsonException json
                ? $"请求内容不是有效的 JSON 或字段类型不符（位置：{json.Path ?? "未知"}）"
                : "请求参数缺失或格式不正确";
}
