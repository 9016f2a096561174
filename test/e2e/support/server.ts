// A tiny static file server for the built preview: plain http on 127.0.0.1 and a free port.
import { createReadStream, promises as fs } from "fs";
import { AddressInfo } from "net";
import { createServer } from "http";
import * as path from "path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export async function serveFolder(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = createServer((request, response) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
        let file = path.resolve(base, `.${pathname}`);
        if (file !== base && !file.startsWith(base + path.sep)) {
          response.writeHead(403).end();
          return;
        }
        let stat = await fs.stat(file).catch(() => null);
        if (stat?.isDirectory()) {
          file = path.join(file, "index.html");
          stat = await fs.stat(file).catch(() => null);
        }
        if (!stat?.isFile() && pathname === "/favicon.ico") {
          // Browsers ask for one; the preview has none. No content rather than a 404 in the console.
          response.writeHead(204).end();
          return;
        }
        if (!stat?.isFile()) {
          response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
          return;
        }
        response.writeHead(200, {
          "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
          "Content-Length": stat.size,
          "Cache-Control": "no-store",
        });
        if (request.method === "HEAD") response.end();
        else createReadStream(file).pipe(response);
      } catch {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
