using System.Text.RegularExpressions;

namespace AsyncBot.Tests.Deployment;

/// <summary>
/// There is no Docker engine where CI runs, so the image cannot be built here; these tests read the Dockerfile and
/// hold it to what the self-hosting guide promises, and keep its publish command identical to the one CI runs.
/// </summary>
public partial class DockerfileTests
{
    private static readonly string[] Lines = File.ReadAllLines(RepositoryRoot.File("Dockerfile"))
        .Select(l => l.Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToArray();

    private static string[] Stages => Lines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToArray();

    private static IEnumerable<string> FinalStage => Lines.SkipWhile(l => l != Stages[^1]);

    [Fact]
    public void Dockerfile_IsMultiStage_BuildingOnTheSdkAndRunningOnChiseledRuntimeDeps()
    {
        Assert.True(Stages.Length >= 2);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0\b.* AS build$", Stages[0]);
        Assert.Matches(@"^FROM mcr\.microsoft\.com/dotnet/runtime-deps:10\.0-[a-z]+-chiseled\b", Stages[^1]);
    }

    [Fact]
    public void Dockerfile_FinalUser_IsNotRoot()
    {
        var user = FinalStage.Last(l => l.StartsWith("USER ", StringComparison.Ordinal))["USER ".Length..].Trim();

        Assert.DoesNotMatch(@"^(root|0)(:|$)", user);
    }

    [Fact]
    public void Dockerfile_HealthCheck_RunsTheProgramsOwnCheck()
    {
        var health = Assert.Single(FinalStage, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));

        Assert.Contains("""CMD ["/app/AsyncBot", "healthcheck"]""", health, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_Entrypoint_NamesThePublishedBinary()
    {
        var entrypoint = Assert.Single(FinalStage, l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal));
        Assert.Equal("""ENTRYPOINT ["/app/AsyncBot"]""", entrypoint);
        Assert.Contains(FinalStage, l => l == "COPY --from=build /src/artifacts/publish/AsyncBot /app/AsyncBot");
    }

    [Fact]
    public void Dockerfile_PublishCommand_IsIdenticalToCis()
    {
        var dockerPublish = Assert.Single(Lines, l => l.Contains("dotnet publish", StringComparison.Ordinal))["RUN ".Length..];
        var ciPublish = File.ReadAllLines(RepositoryRoot.File(".ci", "run")).Select(l => l.Trim())
            .Where(l => l.StartsWith("dotnet publish", StringComparison.Ordinal)).ToList();

        Assert.Equal(dockerPublish, Assert.Single(ciPublish).Split(" < ")[0].Trim());
        Assert.Contains("-p:PublishAot=true", dockerPublish, StringComparison.Ordinal);
    }

    [Fact]
    public void Dockerfile_CarriesNoSecrets_AndTakesAVersionArgument()
    {
        Assert.DoesNotContain(Lines, l => SecretPattern().IsMatch(l));
        Assert.Contains(Lines, l => l.StartsWith("ARG VERSION", StringComparison.Ordinal));
        var ignore = File.ReadAllLines(RepositoryRoot.File(".dockerignore"));
        Assert.Contains(".env", ignore);
    }

    [Fact]
    public void Dockerfile_FinalStage_ShipsLibsodiumAndListensForInteractionsOnAllInterfaces()
    {
        // Http mode checks every interaction's Ed25519 signature with NSec, whose native half is libsodium.
        Assert.Contains(FinalStage, l => l == "COPY --from=build /src/artifacts/publish/libsodium.so /app/libsodium.so");
        Assert.Contains(FinalStage, l => l == "ENV Http__Urls=http://0.0.0.0:8080");
        Assert.Contains(FinalStage, l => l == "EXPOSE 8080");
    }

    [GeneratedRegex(@"^(ENV|ARG)\s+\S*(TOKEN|SECRET|PASSWORD)", RegexOptions.IgnoreCase)]
    private static partial Regex SecretPattern();
}
