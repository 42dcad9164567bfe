namespace Kechuang.Web.Modules.Accounts.Domain;

/// <summary>One login attempt, successful or not (登录日志).</summary>
public sealed class LoginRecord
{
    public long Id { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = "";

    public DateTimeOffset At { get; set; }

    public bool Succeeded { get; set; }

    /// <summary>Why it failed, in Chinese (密码错误, 账号已锁定 …); empty on success.</summary>
    public string Outcome { get; set; } = "";

    public string Channel { get; set; } = "";

    public string? IpAddress { get; set; }

    public string? UserAgent { get; set; }
}
