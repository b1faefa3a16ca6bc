using System.Text;

namespace InformingFutures.Web.Content;

/// <summary>
/// Values from outside (a content file's name, a message quoting it) as they appear in a log line, the checker's
/// output or the health report: control characters escaped, so a line break in a file name cannot start a forged
/// line of its own.
/// </summary>
public static class LogText
{
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value) || !value.Any(char.IsControl))
        {
            return value ?? "";
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }
}
