"""A small local server speaking the OpenAI chat completions API, for the LLM writer tests.

Each test gives it a `reply` function: the request's messages in, the reply's text out.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Reply = Callable[[list[dict[str, str]]], str]


@dataclass
class Server:
    url: str
    requests: list[dict[str, Any]] = field(default_factory=list)


@contextmanager
def chat_server(reply: Reply, *, status: int = 200) -> Iterator[Server]:
    """Serve POST /v1/chat/completions on a free local port while the block runs."""
    server = Server("")

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            server.requests.append({"path": self.path, "headers": dict(self.headers), "body": body})
            if status != 200:
                self.send_response(status)
                self.end_headers()
                return
            answer = {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": reply(body["messages"])},
                        "finish_reason": "stop",
                    }
                ],
            }
            data = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            return

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.url = f"http://127.0.0.1:{httpd.server_address[1]}/v1"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def reference_of(messages: list[dict[str, str]]) -> str:
    """The deterministic draft the writer sent in its first user message."""
    return messages[1]["content"].split("keeping every fact:\n\n", 1)[1]


def faithful(messages: list[dict[str, str]]) -> str:
    """Rewords without touching a fact."""
    return reference_of(messages).replace(
        "This plan of action answers", "This plan of action responds to"
    )


INVENTED = "- We also destroyed 9,999 units of ASIN B0FAKE0001 on 3 March 2031 (Exhibit 9).\n"


def inventor(messages: list[dict[str, str]]) -> str:
    """Adds facts the case does not have, every time."""
    return faithful(messages).replace("## Preventive actions", INVENTED + "\n## Preventive actions")


def fixer(messages: list[dict[str, str]]) -> str:
    """Invents on the first attempt, then fixes its draft once told what is wrong."""
    told = any("cannot be used yet" in m["content"] for m in messages if m["role"] == "user")
    return faithful(messages) if told else inventor(messages)
