// The "Share buttons", "Follow buttons", "Testimonials" and "Testimonial form" blocks, written
// against the wp.* globals: no build step. All are dynamic (rendered by PHP, like the shortcodes),
// so the editor shows a summary card and the sidebar settings; an empty setting means "the site's
// default" (Settings → smm-kit).
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

  // The testimonial wall and its form: the wall's name (empty: the one in Settings → smm-kit).
  function wallField(props) {
    return el(c.TextControl, {
      label: __('Wall', 'smm-kit'),
      help: __('a-z, 0-9, _ and -. Empty: the site\'s wall', 'smm-kit') + (defaults.wall ? ' (' + defaults.wall + ').' : '.'),
      value: props.attributes.wall,
      onChange: function (v) { props.setAttributes({ wall: v }); },
    });
  }
  function card(icon, title, summary) {
    return el(c.Placeholder, { icon: icon, label: title, instructions: summary });
  }

  wp.blocks.registerBlockType('smm-kit/testimonials', {
    apiVersion: 2,
    title: __('Testimonials', 'smm-kit'),
    icon: 'format-quote',
    category: 'widgets',
    attributes: { wall: { type: 'string', default: '' }, layout: { type: 'string', default: '' }, tag: { type: 'string', default: '' }, limit: { type: 'string', default: '' } },
    edit: function (props) {
      var a = props.attributes;
      var set = function (key) { return function (v) { var o = {}; o[key] = v; props.setAttributes(o); }; };
      return el('div', be.useBlockProps(),
        el(be.InspectorControls, null,
          el(c.PanelBody, { title: __('Settings', 'smm-kit') },
            wallField(props),
            choice(__('Layout', 'smm-kit'), a.layout, [opt('grid', __('Grid', 'smm-kit')), opt('masonry', __('Masonry', 'smm-kit')),
              opt('carousel', __('Carousel', 'smm-kit')), opt('list', __('List', 'smm-kit')), opt('quote', __('One large quote', 'smm-kit'))], set('layout')),
            el(c.TextControl, { label: __('Only with this tag', 'smm-kit'), value: a.tag, onChange: set('tag') }),
            el(c.TextControl, { label: __('How many (1–100)', 'smm-kit'), type: 'number', value: a.limit, onChange: set('limit') }))),
        card('format-quote', __('Testimonials', 'smm-kit'), __('Approved testimonials of the wall', 'smm-kit') + ' "' + (a.wall || defaults.wall || 'main') + '".'));
    },
    save: function () { return null; },
  });
  wp.blocks.registerBlockType('smm-kit/testimonial-form', {
    apiVersion: 2,
    title: __('Testimonial form', 'smm-kit'),
    icon: 'edit',
    category: 'widgets',
    attributes: { wall: { type: 'string', default: '' } },
    edit: function (props) {
      return el('div', be.useBlockProps(),
        el(be.InspectorControls, null, el(c.PanelBody, { title: __('Settings', 'smm-kit') }, wallField(props))),
        card('edit', __('Testimonial form', 'smm-kit'), __('Asks readers for a testimonial for the wall', 'smm-kit') + ' "' + (props.attributes.wall || defaults.wall || 'main') + '".'));
    },
    save: function () { return null; },
  });
})(window.wp);
