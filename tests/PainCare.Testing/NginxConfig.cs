namespace PainCare.Testing;

/// <summary>The configuration <see cref="NginxProxy"/> runs: the one docs/scaling.md recommends, on loopback ports.</summary>
internal static class NginxConfig
{
    public static string Write(int port, IReadOnlyList<Uri> upstreams)
    {
        var servers = string.Concat(upstreams.Select(u => $"    server {u.Host}:{u.Port} max_fails=1 fail_timeout=10s;\n"));
        // As root, nginx would hand its workers to "nobody", who cannot enter the private temp folder the files are in.
        var user = Environment.IsPrivilegedProcess ? "user root;\n" : string.Empty;
        return $$"""
            {{user}}worker_processes 1;
            pid nginx.pid;
            error_log error.log warn;
            events { worker_connections 256; }
            http {
              client_body_temp_path temp/client_body;
              proxy_temp_path temp/proxy;
              fastcgi_temp_path temp/fastcgi;
              uwsgi_temp_path temp/uwsgi;
              scgi_temp_path temp/scgi;
              log_format upstreams '$remote_addr "$request" $status upstream=$upstream_addr';
              access_log access.log upstreams;
              map $http_upgrade $connection_upgrade { default upgrade; '' close; }
              upstream paincare {
                # Client-IP affinity: a circuit's WebSocket keeps reaching the node that holds the circuit.
                ip_hash;
            {{servers}}  }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://paincare;
                  proxy_http_version 1.1;
                  proxy_set_header Upgrade $http_upgrade;
                  proxy_set_header Connection $connection_upgrade;
                  # With the port: the app builds absolute redirects (to sign-in) from it, and this proxy is not on port 80.
                  proxy_set_header Host $http_host;
                  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                  proxy_set_header X-Forwarded-Proto $scheme;
                  # A dead node refuses at once; one that hangs is given up on quickly, and the next node is tried.
                  proxy_connect_timeout 2s;
                  proxy_next_upstream error timeout;
                  proxy_read_timeout 1h;
                  proxy_send_timeout 1h;
                }
              }
            }

            """;
    }
}
