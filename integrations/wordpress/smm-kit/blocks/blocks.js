// The "Share buttons" and "Follow buttons" blocks, written against the wp.* globals: no build
// step. Both are dynamic (rendered by PHP, like the shortcodes), so the editor shows a summary
// card and the sidebar settings; an empty setting means "the site's default" (Settings → smm-kit).
(function (wp) {
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var be = wp.blockEditor;
  var c = wp.components;
  var defaults = window.smmKitBlocks || {};

  function choice(label, value, options, onChange) {
    return el(c.SelectControl, {
      label: label,
      value: value,
      options: [{ label: __('Site default', 'smm-kit'), value: '' }].concat(options),
      onChange: onChange,
    });
  }
  var opt = function (value, label) { return { value: value, label: label }; };

  function look(props) {
    var a = props.attributes;
    var set = function (key) { return function (v) { var o = {}; o[key] = v; props.setAttributes(o); }; };
    return [
      choice(__('Layout', 'smm-kit'), a.layout, [opt('inline', __('In the text', 'smm-kit')), opt('vertical', __('Vertical', 'smm-kit')),
        opt('floating', __('Floating at the side', 'smm-kit')), opt('bar', __('Bottom bar on phones', 'smm-kit'))], set('layout')),
      choice(__('Look', 'smm-kit'), a.variant, [opt('brand', __('Brand colours', 'smm-kit')), opt('outline', __('Outline', 'smm-kit')),
        opt('mono', __('One colour', 'smm-kit')), opt('minimal', __('Minimal', 'smm-kit'))], set('variant')),
      choice(__('Labels', 'smm-kit'), a.labels, [opt('none', __('Icons only', 'smm-kit')), opt('short', __('Network names', 'smm-kit')),
        opt('full', __('"Share on …"', 'smm-kit'))], set('labels')),
    ];
  }

  function attributes(listKey) {
    var a = {};
    ['layout', 'variant', 'labels', listKey].forEach(function (k) { a[k] = { type: 'string', default: '' }; });
    return a;
  }

  function block(name, title, icon, listKey, listLabel, listHelp) {
    wp.blocks.registerBlockType(name, {
      apiVersion: 2,
      title: title,
      icon: icon,
      category: 'widgets',
      attributes: attributes(listKey),
      edit: function (props) {
        var list = props.attributes[listKey];
        return el('div', be.useBlockProps(),
          el(be.InspectorControls, null,
            el(c.PanelBody, { title: __('Settings', 'smm-kit') },
              el(c.TextControl, {
                label: listLabel,
                help: listHelp,
                value: list,
                onChange: function (v) { var o = {}; o[listKey] = v; props.setAttributes(o); },
              }),
              look(props))),
          el(c.Placeholder, { icon: icon, label: title, instructions: list || defaults[listKey] || __('The site\'s default buttons.', 'smm-kit') }));
      },
      save: function () { return null; },
    });
  }

  block('smm-kit/share', __('Share buttons', 'smm-kit'), 'share', 'networks', __('Networks, in order', 'smm-kit'),
    __('Comma separated, e.g. facebook,x,whatsapp,email,copy. Empty: the site\'s default.', 'smm-kit'));
  block('smm-kit/follow', __('Follow buttons', 'smm-kit'), 'groups', 'profiles', __('Profiles', 'smm-kit'),
    __('e.g. instagram:@name, rss:/feed/. Empty: the profiles in Settings → smm-kit.', 'smm-kit'));
})(window.wp);
