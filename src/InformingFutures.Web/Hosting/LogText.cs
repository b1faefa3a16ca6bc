using System.Text;

namespace InformingFutures.Web.Hosting;

/// <summary>
/// Values from outside (a request path, a content file's name) as they may appear in a log line: control characters
/// escaped, so a "%0A" in a path cannot start a forged log line of its own.
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
