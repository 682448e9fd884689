"""The messages of `edgelearnsim env` against their schemas (docs/schemas/env-*.v2.json): each carries every
required field, no field the schema does not name, and the schema's constants. (No JSON Schema library is assumed.)"""
import json
import os
import unittest

from edgelearnsim._process import SimulatorProcess
from support import REPOSITORY, SCENARIO, simulator

SCHEMAS = os.path.join(REPOSITORY, "docs", "schemas")


def schema(name):
    with open(os.path.join(SCHEMAS, f"env-{name}.v2.json")) as f:
        return json.load(f)


class ProtocolTests(unittest.TestCase):
    def check(self, message):
        expected = schema(message["type"])
        self.assertLessEqual(set(expected["required"]), set(message), message["type"])
        self.assertLessEqual(set(message), set(expected["properties"]), message["type"])
        for field, rule in expected["properties"].items():
            if "const" in rule:
                self.assertEqual(message[field], rule["const"], field)

    def test_every_message_of_an_episode_matches_its_schema(self):
        process = SimulatorProcess(simulator() + ["env", SCENARIO, "--cells", "0-1"])
        try:
            self.check(process.receive())
            seen = set()
            for cell in (0, 1):
                process.send(b'{"type":"reset","cell":%d}\n' % cell)
                message = process.receive()
                while message["type"] != "end":
                    self.check(message)
                    seen.add(message["type"])
                    if message["type"] == "decide":
                        edge = next(j for j, up in zip(message["edges"], message["up"]) if up)
                        process.send(b'{"edge":%d}\n' % edge)
                    message = process.receive()
                self.check(message)
                seen.add("end")
            self.assertEqual(seen, {"episode", "decide", "end"})
            process.send(b'{"type":"jump"}\n')
            with self.assertRaises(Exception) as raised:
                process.receive()
            self.assertIn("unknown request type 'jump'", str(raised.exception))
        finally:
            process.close()

    def test_the_env_decide_is_the_step_decide_and_one_field(self):
        with open(os.path.join(SCHEMAS, "step-decide.v2.json")) as f:
            step = json.load(f)
        env = schema("decide")
        self.assertEqual(set(env["properties"]) - set(step["properties"]), {"assigned_makespan"})
        self.assertEqual(set(env["required"]) - set(step["required"]), {"assigned_makespan"})


if __name__ == "__main__":
    unittest.main()
