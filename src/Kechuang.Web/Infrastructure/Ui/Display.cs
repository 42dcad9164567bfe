using System.Globalization;

namespace Kechuang.Web.Infrastructure.Ui;

/// <summary>How the UI writes times and dates: Beijing time (UTC+8, no daylight saving), yyyy-MM-dd.</summary>
public static class Display
{
    public static string Time(DateTimeOffset at) => at.ToOffset(BeijingTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Seconds(DateTimeOffset at) => at.ToOffset(BeijingTime.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
