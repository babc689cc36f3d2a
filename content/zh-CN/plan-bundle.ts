// Text the plan, letters and tools need, loaded when a plan is first shown.
import plan from './plan.json';
import methods from './methods.json';
import reasons from './reasons.json';
import urgent from './urgent.json';
import court from './court.json';
import flags from './flags.json';
import pitfalls from './pitfalls.json';
import documents from './documents.json';
import legal from './legal.json';
import channels from './channels.json';
import tips from './tips.json';
import refused from './refused.json';
import letters from './letters.json';
import tools from './tools.json';

export default {
  plan,
  methods,
  reasons,
  urgent,
  court,
  flags,
  pitfalls,
  documents,
  legal,
  channels,
  tips,
  refused,
  letters,
  tools,
};
