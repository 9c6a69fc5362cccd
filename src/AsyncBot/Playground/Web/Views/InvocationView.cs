namespace AsyncBot.Playground.Web.Views;

/// <summary>"Ada used /race" or "Ada clicked Cancel" above a reply.</summary>
internal sealed record InvocationView(string UserId, string UserName, string Name, bool ViaButton);
