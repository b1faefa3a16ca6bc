using System.Diagnostics;

namespace InformingFutures.Web.Tests.Deployment;

/// <summary>
/// scripts/check-docker-publish.sh stands in for a Docker engine, so it must refuse what an engine building on .NET 10's
/// (Ubuntu) images would fail on, before it runs anything. Each case is the repository's Dockerfile with one line changed.
/// </summary>
public sealed class DockerfileCheckTests
{
    [Theory]
    [InlineData("WORKDIR /src", "WORKDIR /src\nRUN apt-get update && apt-get install -y chromium",
        "check-docker-publish: stage build installs packages on mcr.microsoft.com/dotnet/sdk:10.0, an Ubuntu 24.04 image whose chromium is a snap")]
    [InlineData("WORKDIR /app\n", "WORKDIR /app\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n",
        "check-docker-publish: stage runtime installs packages on mcr.microsoft.com/dotnet/runtime-deps:10.0")]
    [InlineData("FROM debian:bookworm-slim AS pdf", "FROM ubuntu:24.04 AS pdf",
        "check-docker-publish: stage pdf is based on ubuntu:24.04; this script can prove only .NET 10 images and Debian bookworm")]
    [InlineData("FROM debian:bookworm-slim AS pdf", "FROM debian:trixie-slim AS pdf",
        "check-docker-publish: stage pdf is based on debian:trixie-slim")]
    public async Task ADockerfileThatCannotBuildOnTheImagesItNamesIsRefused(string line, string replacement, string message)
    {
        var dockerfile = Path.Combine(Path.GetTempPath(), $"if-dockerfile-{Guid.NewGuid():N}");
        var original = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "Dockerfile"));
        Assert.Contains(line, original);
        File.WriteAllText(dockerfile, original.Replace(line, replacement, StringComparison.Ordinal));
        try
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(TestPaths.RepoRoot, "scripts", "check-docker-publish.sh")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["DOCKERFILE"] = dockerfile;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            using (limit.Token.Register(() => process.Kill(entireProcessTree: true)))
            {
                await process.WaitForExitAsync(CancellationToken.None);
            }

            Assert.Equal(1, process.ExitCode);
            Assert.StartsWith(message, (await errors).Trim());
            Assert.DoesNotContain("+ [", await output); // judged before anything ran
        }
        finally
        {
            File.Delete(dockerfile);
        }
    }
}
