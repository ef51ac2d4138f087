namespace Stockbridge.Connectors.Magento2.Simulator.Auth;

/// <summary>An activated integration's OAuth 1.0a credentials (they never expire).</summary>
public sealed record IntegrationCredentials(string ConsumerKey, string ConsumerSecret, string AccessToken, string AccessTokenSecret);
